package dev.memoize.cdi.internal;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds the bean archives whose {@code META-INF/beans.xml} lists a class in {@code <interceptors>}. CDI ignores
 * such a listing for an interceptor that also has {@code @Priority}; the extension uses this to drop the priority
 * when an application lists the Memoize interceptor, so that the listing orders it as the application asked.
 */
final class BeansXmlListings {

    private BeansXmlListings() {
    }

    /**
     * The {@code META-INF/beans.xml} files the class loader sees that list the class under {@code <interceptors>}.
     * Unreadable or malformed files are skipped: the container reports those itself.
     */
    static List<URL> listing(ClassLoader loader, String interceptorClass) {
        List<URL> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources("META-INF/beans.xml"))) {
                if (lists(url, interceptorClass)) {
                    found.add(url);
                }
            }
        } catch (Exception unreadable) {
            // no listing found: the interceptor keeps its priority
        }
        return found;
    }

    private static boolean lists(URL url, String interceptorClass) {
        try (InputStream in = url.openStream()) {
            NodeList interceptors = parser().parse(in).getElementsByTagNameNS("*", "interceptors");
            for (int i = 0; i < interceptors.getLength(); i++) {
                NodeList classes = ((Element) interceptors.item(i)).getElementsByTagNameNS("*", "class");
                for (int j = 0; j < classes.getLength(); j++) {
                    if (classes.item(j).getTextContent().trim().equals(interceptorClass)) {
                        return true;
                    }
                }
            }
        } catch (Exception malformed) {
            return false;
        }
        return false;
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance(); // the JDK's, never an app's
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder parser = factory.newDocumentBuilder();
        parser.setErrorHandler(new DefaultHandler()); // an empty beans.xml is valid CDI: no message on stderr
        return parser;
    }
}
