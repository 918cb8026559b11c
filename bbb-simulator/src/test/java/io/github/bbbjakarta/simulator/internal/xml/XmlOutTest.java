package io.github.bbbjakarta.simulator.internal.xml;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class XmlOutTest {
    @Test
    void compressCollapsesWhiteSpaceLikeFreemarker() {
        assertEquals("(1 2 3 4 5\nmoo\ntest only\nI said, test only)",
                XmlOut.compress("(\n  1 2  3   4    5\n      moo  \n\n   \n  test only\n\n  I said, test only\n\n)")
                        .replace("(\n", "(").replace("\n)", ")"));
        assertEquals("a b\nc", XmlOut.compress("  a \t b \n\n c  "));
    }

    @Test
    void rendersOneElementPerLine() {
        String xml = new XmlOut().open("response").element("returncode", "SUCCESS").empty("meetings")
                .element("v", "a  <b> & 'c' \"d\"").close("response").render();
        assertEquals("<response>\n<returncode>SUCCESS</returncode>\n<meetings/>\n"
                + "<v>a &lt;b&gt; &amp; &apos;c&apos; &quot;d&quot;</v>\n</response>", xml);
    }

    @Test
    void groupsDigitsLikeTheDefaultNumberFormat() {
        assertEquals("0", XmlOut.group(0));
        assertEquals("999", XmlOut.group(999));
        assertEquals("1,000", XmlOut.group(1000));
        assertEquals("1,500", XmlOut.group(1500));
        assertEquals("1,234,567", XmlOut.group(1234567));
    }
}
