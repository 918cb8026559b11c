package io.github.bbbjakarta.api.internal.recordings;

import io.github.bbbjakarta.api.internal.Wire.Element;
import io.github.bbbjakarta.api.internal.Wire.Recordings;
import io.github.bbbjakarta.api.internal.xml.FlatMapXml;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlValue;

import java.util.List;

/** One {@code <recording>} of getRecordings. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class RecordingXml {
    @XmlElement(name = Recordings.RECORD_ID)
    public String recordID;
    @XmlElement(name = Element.MEETING_ID)
    public String meetingID;
    @XmlElement(name = Element.INTERNAL_MEETING_ID)
    public String internalMeetingID;
    @XmlElement(name = Recordings.NAME)
    public String name;
    @XmlElement(name = Element.IS_BREAKOUT)
    public String isBreakout;
    @XmlElement(name = Recordings.PUBLISHED)
    public String published;
    @XmlElement(name = Recordings.PROTECTED)
    public String protectedFlag;
    @XmlElement(name = Recordings.STATE)
    public String state;
    @XmlElement(name = Element.START_TIME)
    public String startTime;
    @XmlElement(name = Element.END_TIME)
    public String endTime;
    @XmlElement(name = Recordings.PARTICIPANTS)
    public String participants;
    @XmlElement(name = Recordings.RAW_SIZE)
    public String rawSize;
    @XmlElement(name = Recordings.SIZE)
    public String size;
    @XmlElement(name = Element.METADATA)
    public FlatMapXml metadata;
    @XmlElement(name = Element.BREAKOUT)
    public BreakoutXml breakout;
    @XmlElementWrapper(name = Element.BREAKOUT_ROOMS)
    @XmlElement(name = Recordings.BREAKOUT_ROOM)
    public List<String> breakoutRooms;
    @XmlElementWrapper(name = Recordings.PLAYBACK)
    @XmlElement(name = Recordings.FORMAT)
    public List<FormatXml> formats;

    /** {@code <breakout>} of a breakout room's recording. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class BreakoutXml {
        @XmlElement(name = Recordings.PARENT_ID)
        public String parentId;
        @XmlElement(name = Element.SEQUENCE)
        public String sequence;
        @XmlElement(name = Element.FREE_JOIN)
        public String freeJoin;
    }

    /** One {@code <playback><format>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class FormatXml {
        @XmlElement(name = Recordings.TYPE)
        public String type;
        @XmlElement(name = Element.URL)
        public String url;
        @XmlElement(name = Recordings.PROCESSING_TIME)
        public String processingTime;
        @XmlElement(name = Recordings.LENGTH)
        public String length;
        @XmlElement(name = Recordings.SIZE)
        public String size;
        @XmlElement(name = Recordings.PREVIEW)
        public PreviewXml preview;
    }

    /** {@code <preview><images>…}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class PreviewXml {
        @XmlElementWrapper(name = Recordings.IMAGES)
        @XmlElement(name = Recordings.IMAGE)
        public List<ImageXml> images;
    }

    /** {@code <image width height alt>url</image>}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class ImageXml {
        @XmlAttribute(name = Recordings.WIDTH)
        public String width;
        @XmlAttribute(name = Recordings.HEIGHT)
        public String height;
        @XmlAttribute(name = Recordings.ALT)
        public String alt;
        @XmlValue
        public String url;
    }
}
