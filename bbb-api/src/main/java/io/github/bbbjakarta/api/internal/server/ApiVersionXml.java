package io.github.bbbjakarta.api.internal.server;

import io.github.bbbjakarta.api.internal.Wire.Element;
import io.github.bbbjakarta.api.internal.xml.ResponseXml;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** The API root's answer. JAXB binding; internal. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ApiVersionXml extends ResponseXml {
    @XmlElement(name = Element.VERSION)
    public String version;
    @XmlElement(name = Element.API_VERSION)
    public String apiVersion;
    @XmlElement(name = Element.BBB_VERSION)
    public String bbbVersion;
    @XmlElement(name = Element.HTML5_PLUGIN_SDK_VERSION)
    public String html5PluginSdkVersion;
    @XmlElement(name = Element.GRAPHQL_WEBSOCKET_URL)
    public String graphqlWebsocketUrl;
    @XmlElement(name = Element.GRAPHQL_API_URL)
    public String graphqlApiUrl;
}
