package io.github.bbbjakarta.api.internal.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

/** The API root's answer. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ApiVersionXml extends ResponseXml {
    public String version;
    public String apiVersion;
    public String bbbVersion;
    public String html5PluginSdkVersion;
    public String graphqlWebsocketUrl;
    public String graphqlApiUrl;
}
