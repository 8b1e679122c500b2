package io.symp.travel;

/** Finds the application's own frame in an exception, for one-line reports. */
final class AppFrames {
    private AppFrames() {}

    /**
     * " at Class.method(File:line)" for the first frame in the app's package (the top frame
     * when none is), or "" when the exception carries no stack.
     */
    static String at(Throwable t, Object app) {
        StackTraceElement[] stack = t.getStackTrace();
        if (stack.length == 0) {
            return "";
        }
        String pkg = app.getClass().getPackageName();
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith(pkg + ".") || frame.getClassName().equals(pkg)) {
                return " at " + frame;
            }
        }
        return " at " + stack[0];
    }
}
