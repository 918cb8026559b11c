package io.github.bbbjakarta.api.internal;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written encoder gives exactly {@link URLEncoder}'s UTF-8 output, character by character and at random. */
class QueryStringTest {
    private static final String SPECIALS = " *~'()!\"#$%&+,/:;<=>?@[\\]^`{|}.-_\t\n\r\u0000\u007f";

    private static String urlEncoder(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theRulesBbbDependsOn() {
        assertEquals("a+b", QueryString.encodeComponent("a b"));
        assertEquals("*", QueryString.encodeComponent("*"));
        assertEquals("%7E", QueryString.encodeComponent("~"));
        assertEquals("%27%28%29%21", QueryString.encodeComponent("'()!"));
        assertEquals("%3F", QueryString.encodeComponent("\uD800"), "a lone surrogate is '?', as URLEncoder makes it");
        assertEquals("%F0%9F%98%80", QueryString.encodeComponent("😀"));
        assertEquals("", QueryString.encodeComponent(""));
    }

    @Test
    void everyCharacterAloneAndBesideOthersIsEncodedLikeUrlEncoder() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String ch = String.valueOf((char) c);
            for (String s : List.of(ch, "a" + ch + " ", "\uD83D" + ch, ch + "\uDE00", ch + ch)) {
                assertEquals(urlEncoder(s), QueryString.encodeComponent(s), () -> "U+" + Integer.toHexString(s.charAt(0)));
            }
        }
    }

    @Test
    void randomStringsAreEncodedLikeUrlEncoder() {
        SplittableRandom random = new SplittableRandom(20261127L);
        for (int n = 0; n < 200_000; n++) {
            String s = randomString(random);
            assertEquals(urlEncoder(s), QueryString.encodeComponent(s), () -> s.codePoints()
                    .mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void aQueryJoinsEncodedNamesAndValuesInOrder() {
        assertEquals("", QueryString.encode(List.of()));
        assertEquals("full+Name=Zo%C3%AB+E&meetingID=a%7Eb&x=", QueryString.encode(List.of(
                Map.entry("full Name", "Zoë E"), Map.entry("meetingID", "a~b"), Map.entry("x", ""))));
    }

    @Test
    void longValuesGrowTheBuffer() {
        String longValue = "ü ~".repeat(10_000);
        assertEquals("v=" + urlEncoder(longValue), QueryString.encode(List.of(Map.entry("v", longValue))));
    }

    /** Up to 40 characters drawn from ASCII, the special characters, any BMP char, pairs and lone surrogates. */
    private static String randomString(SplittableRandom random) {
        int length = random.nextInt(41);
        StringBuilder sb = new StringBuilder(length * 2);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(7)) {
                case 0 -> sb.append((char) random.nextInt(0x80));
                case 1 -> sb.append(SPECIALS.charAt(random.nextInt(SPECIALS.length())));
                case 2 -> sb.append((char) random.nextInt(0x80, 0x800));
                case 3 -> sb.append((char) random.nextInt(0x800, 0x10000));
                case 4 -> sb.appendCodePoint(random.nextInt(0x10000, Character.MAX_CODE_POINT + 1));
                case 5 -> sb.append((char) random.nextInt(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1));
                default -> sb.append((char) ('a' + random.nextInt(26)));
            }
        }
        return sb.toString();
    }
}
