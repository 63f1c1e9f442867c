package dev.memoize.tck.helidon.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.OutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Writes a {@link Shelf} as plain text: its name, then one book a line. */
@Provider
@ApplicationScoped
@Produces(MediaType.TEXT_PLAIN)
public class ShelfWriter implements MessageBodyWriter<Shelf> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Shelf.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Shelf shelf, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream entity) throws IOException {
        StringBuilder text = new StringBuilder(shelf.name()).append('\n');
        for (Book book : shelf.books()) {
            text.append(book.isbn()).append(": ").append(book.title()).append('\n');
        }
        entity.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
