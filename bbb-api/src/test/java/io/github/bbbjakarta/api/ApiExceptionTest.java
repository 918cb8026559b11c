package io.github.bbbjakarta.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ApiExceptionTest {

    @Test
    void aServerMessageEchoingTheSignedRequestLosesItsCredentials() {
        BbbApiException e = new BbbApiException("create", "invalidRequest",
                "bad request: /bigbluebutton/api/create?name=R&moderatorPW=mp-secret&checksum=0a1b2c3d4e5f60718293");
        assertFalse(e.getMessage().contains("0a1b2c3d4e5f60718293"), e.getMessage());
        assertFalse(e.getMessage().contains("mp-secret"), e.getMessage());
        assertFalse(e.serverMessage().contains("0a1b2c3d4e5f60718293"), e.serverMessage());
        assertFalse(e.toString().contains("mp-secret"), e.toString());
        assertEquals("invalidRequest", e.messageKey());
    }
}
