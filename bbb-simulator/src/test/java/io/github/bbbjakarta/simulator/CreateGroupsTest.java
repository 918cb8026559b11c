package io.github.bbbjakarta.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** create's {@code groups} (pre-assigned breakout rooms): kept, dropped or refused as bbb-web does. */
class CreateGroupsTest {
    static final String SECRET = "groups-secret";

    @RegisterExtension
    static BbbSimulatorExtension SIM = BbbSimulatorExtension.withSecret(SECRET);

    private final TestApi api = new TestApi(SIM.apiUrl(), SECRET);

    private HttpResponse<String> create(String meetingID, String groups) {
        return api.get("create", TestApi.query("name", "Groups", "meetingID", meetingID, "groups", groups));
    }

    @Test
    void groupsWithRostersAreKept() {
        HttpResponse<String> r = create("g-1", "[{\"id\":\"a\",\"name\":\"Room A\",\"roster\":[\"u1\",\"u2\"]},"
                + "{\"id\":\"b\",\"roster\":[\"u3\"]},{\"id\":7,\"name\":\"Seven\"}]");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<returncode>SUCCESS</returncode>"), r.body());
        assertEquals(List.of(new BreakoutGroupSnapshot("a", "Room A", List.of("u1", "u2")),
                        new BreakoutGroupSnapshot("b", "", List.of("u3")),
                        new BreakoutGroupSnapshot("7", "Seven", List.of())),
                SIM.control().meeting("g-1").orElseThrow().groups());
    }

    @Test
    void entriesThatAreNotGroupsAreDropped() {
        assertEquals(200, create("g-2", "[\"a\", 3, {\"name\":\"no id\",\"roster\":[\"u1\"]}, {\"id\":\"ok\"}]")
                .statusCode());
        assertEquals(List.of(new BreakoutGroupSnapshot("ok", "", List.of())),
                SIM.control().meeting("g-2").orElseThrow().groups());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\":\"a\"}", "42", "\"text\"", "null"})
    void aValueThatIsNotAnArrayMeansNoGroups(String groups) {
        assertEquals(200, create("g-3", groups).statusCode());
        assertEquals(List.of(), SIM.control().meeting("g-3").orElseThrow().groups());
    }

    @Test
    void noGroupsParameterNoGroups() {
        assertEquals(200, api.get("create", TestApi.query("name", "None", "meetingID", "g-4")).statusCode());
        assertEquals(List.of(), SIM.control().meeting("g-4").orElseThrow().groups());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"id\":\"a\"", "[{\"id\":{\"x\":1}}]", "[{\"id\":null}]",
            "[{\"id\":\"a\",\"roster\":\"u1\"}]", "[{\"id\":\"a\",\"roster\":[[\"u1\"]]}]",
            "[{\"id\":\"a\",\"name\":[\"A\"]}]"})
    void groupsBbbWebCannotReadAreAServerError(String groups) {
        HttpResponse<String> r = create("g-5", groups);
        assertEquals(500, r.statusCode(), r.body());
        assertTrue(SIM.control().meeting("g-5").isEmpty(), "no meeting is created");
    }
}
