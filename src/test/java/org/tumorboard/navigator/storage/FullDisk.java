package org.tumorboard.navigator.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:full:PATH}) over the real disk that a test can fill or make read-only: while
 * {@link #failure} is set, every write fails with that reason, as the operating system's would
 * ({@link #NO_SPACE}, {@link #READ_ONLY}).
 */
public final class FullDisk extends FilePathWrapper {

    public static final String NO_SPACE = "No space left on device";
    public static final String READ_ONLY = "Read-only file system";

    /** Why every write fails now; null: writes succeed. */
    public static volatile String failure;

    static {
        FilePath.register(new FullDisk());
    }

    /** Registers the file system (once) so that {@code jdbc:h2:full:} addresses open through it. */
    public static void register() {
        // the static initialiser did it
    }

    @Override
    public String getScheme() {
        return "full";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        if (!mode.equals("r")) {
            check();
        }
        return new Channel(getBase().open(mode));
    }

    @Override
    public boolean createFile() {
        return failure == null && super.createFile();
    }

    private static void check() throws IOException {
        String reason = failure;
        if (reason != null) {
            throw new IOException(reason);
        }
    }

    private static final class Channel extends FileBase {

        private final FileChannel base;

        Channel(FileChannel base) {
            this.base = base;
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            check();
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            check();
            return base.write(src, position);
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            check();
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            check();
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
