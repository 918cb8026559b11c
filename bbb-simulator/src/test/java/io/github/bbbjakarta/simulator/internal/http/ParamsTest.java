package io.github.bbbjakarta.simulator.internal.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class ParamsTest {
    @Test
    void decodesLikeAServletContainer() {
        Params p = Params.parse("a=1+2&b=%C3%BC&flag&a=3&=x&bad=%zz&c=", "d=form&a=4");
        assertEquals(List.of("1 2", "3", "4"), p.all("a"));
        assertEquals("ü", p.first("b"));
        assertEquals("", p.first("flag"));
        assertEquals("", p.first("c"));
        assertEquals("form", p.first("d"));
        assertFalse(p.has("bad"));
        assertFalse(p.has(""));
        assertNull(p.first("missing"));
    }

    @Test
    void sanitizesLikeBbbWeb() {
        assertEquals("", Params.sanitize(null));
        assertEquals("ab", Params.sanitize(" a\u0000b\n "));
        Params s = Params.parse("name=%20x%07%20&%20key=v", null).sanitized();
        assertEquals("x", s.first("name"));
        assertEquals("v", s.first("key"));
    }
}
