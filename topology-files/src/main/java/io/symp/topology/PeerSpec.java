package io.symp.topology;

/** One peer of a topology: its id and, optionally, where it listens ({@code host} null, port 0). */
public record PeerSpec(long id, String host, int port) {
    public boolean hasAddress() {
        return host != null;
    }

    @Override
    public String toString() {
        return hasAddress() ? id + " " + host + ":" + port : Long.toString(id);
    }
}
