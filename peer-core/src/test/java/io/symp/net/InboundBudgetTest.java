package io.symp.net;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.embedded.EmbeddedChannel;
import io.symp.peer.Limits;
import org.junit.jupiter.api.Test;

class InboundBudgetTest {
    @Test
    void shouldStopReadingPastTheMessageBoundAndResumeAtHalf() {
        EmbeddedChannel ch = new EmbeddedChannel();
        InboundBudget budget = new InboundBudget(ch);
        for (int i = 0; i < Limits.INBOUND_MESSAGES_PER_LINK_MAX; i++) {
            budget.taken(10);
        }
        assertTrue(ch.config().isAutoRead(), "at the bound, still reading");
        budget.taken(10);
        assertFalse(ch.config().isAutoRead(), "past it, the link stops reading");
        for (int i = 0; i < Limits.INBOUND_MESSAGES_PER_LINK_MAX / 2; i++) {
            budget.done(10);
        }
        ch.runPendingTasks();
        assertFalse(ch.config().isAutoRead(), "still more than half waiting");
        budget.done(10);
        ch.runPendingTasks();
        assertTrue(ch.config().isAutoRead(), "half taken: reading again");
    }

    @Test
    void shouldStopReadingPastTheByteBound() {
        EmbeddedChannel ch = new EmbeddedChannel();
        InboundBudget budget = new InboundBudget(ch);
        budget.taken(Limits.INBOUND_BYTES_PER_LINK_MAX + 1);
        assertFalse(ch.config().isAutoRead(), "one snapshot-sized frame pauses the link until taken");
        budget.done(Limits.INBOUND_BYTES_PER_LINK_MAX + 1);
        ch.runPendingTasks();
        assertTrue(ch.config().isAutoRead());
    }
}
