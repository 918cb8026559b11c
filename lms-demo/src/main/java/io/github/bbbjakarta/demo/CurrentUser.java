package io.github.bbbjakarta.demo;

/** The user switcher's cookie. There is no real authentication in the demo: anyone may pick any user. */
final class CurrentUser {
    /** The cookie holding the chosen user's LMS ID. */
    static final String COOKIE = "lms-demo-user";

    private CurrentUser() {
    }
}
