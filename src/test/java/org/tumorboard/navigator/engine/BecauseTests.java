package org.tumorboard.navigator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tumorboard.navigator.intake.TumorLocation;

class BecauseTests {

    @Test
    void formatsFactsAlike() {
        assertThat(Because.fact("tumorSizeCm", 4.0)).isEqualTo("tumorSizeCm = 4");
        assertThat(Because.fact("tumorSizeCm", 4.1)).isEqualTo("tumorSizeCm = 4.1");
        assertThat(Because.fact("ca199", 2500.0)).isEqualTo("ca199 = 2500");
        assertThat(Because.fact("pacemaker", true)).isEqualTo("pacemaker = yes");
        assertThat(Because.fact("pacemaker", false)).isEqualTo("pacemaker = no");
        assertThat(Because.fact("pacemaker", null)).isEqualTo("pacemaker = unknown");
        assertThat(Because.fact("tumorLocation", TumorLocation.HEAD)).isEqualTo("tumorLocation = HEAD");
        assertThat(Because.fact("age", 65)).isEqualTo("age = 65");
    }
}
