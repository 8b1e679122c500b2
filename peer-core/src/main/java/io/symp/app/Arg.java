package io.symp.app;

/** One named, typed argument of an {@link EventType}. */
public record Arg(String name, ArgKind kind) {
    public Arg {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("argument name must not be empty");
        }
    }

    @Override
    public String toString() {
        return name + ":" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
