package io.symp.peer;

import io.symp.app.Event;
import io.symp.app.StateView;
import java.util.ArrayList;
import java.util.List;

/** The peer's listeners, called in the order they were added. */
final class Listeners implements PeerListener {
    private final List<PeerListener> all = new ArrayList<>();

    void add(PeerListener l) {
        all.add(l);
    }

    void remove(PeerListener l) {
        all.remove(l);
    }

    @Override
    public void ticked(long tick, StateView state) {
        for (int i = 0; i < all.size(); i++) {
            all.get(i).ticked(tick, state);
        }
    }

    @Override
    public void travelled(long fromTick, long toTick, long snapshotTick) {
        all.forEach(l -> l.travelled(fromTick, toTick, snapshotTick));
    }

    @Override
    public void eventAccepted(Event event, long atTick, boolean late) {
        all.forEach(l -> l.eventAccepted(event, atTick, late));
    }

    @Override
    public void eventRefused(Event event, String reason) {
        all.forEach(l -> l.eventRefused(event, reason));
    }

    @Override
    public void linkUp(Link link) {
        all.forEach(l -> l.linkUp(link));
    }

    @Override
    public void linkDown(Link link, String reason) {
        all.forEach(l -> l.linkDown(link, reason));
    }

    @Override
    public void divergence(long tick, long ourHash, long theirHash, Link link) {
        all.forEach(l -> l.divergence(tick, ourHash, theirHash, link));
    }

    @Override
    public void snapshotAdopted(long tick) {
        all.forEach(l -> l.snapshotAdopted(tick));
    }

    @Override
    public void fork(Fork fork) {
        all.forEach(l -> l.fork(fork));
    }

    @Override
    public void equivocation(Equivocation equivocation) {
        all.forEach(l -> l.equivocation(equivocation));
    }
}
