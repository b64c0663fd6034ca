package org.rasid.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorIndexTest {
    private static final Actor KABUL = new Actor("geonames:1138958", "كابول", "LOC", List.of("كابول"),
            List.of(new Actor.Mention(10, 15), new Actor.Mention(40, 45)));
    private static final Actor TALIBAN = new Actor("rasid:talban", "طالبان", "ORG", List.of("طالبان"),
            List.of(new Actor.Mention(0, 6)));

    @Test
    void oneLayerIsIndexedOnceAndAnotherAfresh() {
        var layer = List.of(KABUL, TALIBAN);
        var index = ActorIndex.of(layer);
        assertThat(ActorIndex.of(layer)).isSameAs(index);
        assertThat(index.within(new Actor.Mention(40, 45))).isEqualTo(KABUL);
        assertThat(index.allWithin(new Actor.Mention(0, 20))).containsExactly(TALIBAN, KABUL);

        var other = ActorIndex.of(List.of(TALIBAN));
        assertThat(other).isNotSameAs(index);
        assertThat(other.within(new Actor.Mention(40, 45))).isNull();
    }
}
