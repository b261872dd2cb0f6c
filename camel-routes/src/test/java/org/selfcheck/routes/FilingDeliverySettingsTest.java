package org.selfcheck.routes;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class FilingDeliverySettingsTest {

    @Test
    void theDefaultsPollTwiceASecondAndSendEightAtATime() {
        assertThat(FilingDeliverySettings.defaults())
                .isEqualTo(new FilingDeliverySettings(500, 50, 8, Duration.ofSeconds(10)));
    }

    @Test
    void invalidSettingsAreRejected() {
        Duration timeout = Duration.ofSeconds(10);
        assertThatIllegalArgumentException().isThrownBy(() -> new FilingDeliverySettings(0, 50, 8, timeout));
        assertThatIllegalArgumentException().isThrownBy(() -> new FilingDeliverySettings(500, 0, 8, timeout));
        assertThatIllegalArgumentException().isThrownBy(() -> new FilingDeliverySettings(500, 50, 0, timeout));
        assertThatIllegalArgumentException().isThrownBy(() -> new FilingDeliverySettings(500, 50, 8, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new FilingDeliverySettings(500, 50, 8, Duration.ofSeconds(-1)));
        assertThatNullPointerException().isThrownBy(() -> new FilingDeliverySettings(500, 50, 8, null));
    }
}
