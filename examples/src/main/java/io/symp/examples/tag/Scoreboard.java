package io.symp.examples.tag;

import io.symp.app.StateView;

/** Reads a tag game out of a state, for people: who plays where, who is "it", the scores. */
public final class Scoreboard {
    private Scoreboard() {}

    /** e.g. {@code players 3, it 1; 0 at (3,4) score 2; 1 at (5,5) score 0 (it); ...}. */
    public static String describe(StateView s) {
        StringBuilder out = new StringBuilder();
        int it = TagApp.IT.get(s);
        int players = 0;
        for (int p = 0; p < TagApp.PLAYERS_MAX; p++) {
            if (TagApp.JOINED.get(s, p) == 1) {
                players++;
                out.append("; ").append(p).append(" at (").append(TagApp.X.get(s, p)).append(',')
                        .append(TagApp.Y.get(s, p)).append(") score ").append(TagApp.SCORE.get(s, p))
                        .append(p == it ? " (it)" : "");
            }
        }
        return "players " + players + ", it " + it + out;
    }

    /** Tags so far, every player's together. */
    public static int tags(StateView s) {
        int tags = 0;
        for (int p = 0; p < TagApp.PLAYERS_MAX; p++) {
            tags += TagApp.SCORE.get(s, p);
        }
        return tags;
    }

    /** Players in the game. */
    public static int players(StateView s) {
        int n = 0;
        for (int p = 0; p < TagApp.PLAYERS_MAX; p++) {
            n += TagApp.JOINED.get(s, p);
        }
        return n;
    }
}
