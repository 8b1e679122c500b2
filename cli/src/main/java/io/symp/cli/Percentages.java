package io.symp.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Percentages on the command line, with their sign: {@code 1%}, {@code 0.5%}. The value is the
 * fraction ({@code 1%} is 0.01); a bare number is refused rather than guessed at, since
 * {@code 0.01} could mean either.
 */
public final class Percentages implements CommandLine.ITypeConverter<Double> {
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)%");

    /** The fraction {@code text} names, strictly between 0 and 100 %. */
    @Override
    public Double convert(String text) {
        Matcher m = PERCENT.matcher(text.trim());
        double pct = m.matches() ? Double.parseDouble(m.group(1)) : -1;
        if (!(pct > 0 && pct < 100)) {
            throw new CommandLine.TypeConversionException(
                    "'" + text + "' is not a percentage above 0 and below 100 (e.g. 1%, 0.5%)");
        }
        return pct / 100;
    }
}
