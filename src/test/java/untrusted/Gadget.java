package untrusted;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;

/** A serializable class outside the packages a compiled-rule cache file may hold; it notes being deserialized. */
public final class Gadget implements Serializable {

    private static final long serialVersionUID = 1L;

    public static volatile boolean deserialized;

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        deserialized = true;
    }
}
