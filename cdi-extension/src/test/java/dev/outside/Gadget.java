package dev.outside;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;

/** A class outside the packages the filter of {@code ForgedMemoTest} allows; says so when it is deserialized. */
public final class Gadget implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static volatile boolean deserialized;

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        deserialized = true;
    }
}
