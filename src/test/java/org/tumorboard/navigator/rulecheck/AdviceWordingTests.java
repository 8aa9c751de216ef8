package org.tumorboard.navigator.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdviceWordingTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "Patients with a pacemaker should not undergo IRE.",
            "You should remove the stent first.",
            "This patient is eligible for TARE.",
            "IRE is indicated for locally advanced disease.",
            "We recommend chemotherapy first.",
            "Removal of the stent is recommended before IRE.",
            "Ablation is the treatment of choice here."})
    void findsAdviceWording(String text) {
        assertThat(AdviceWording.find(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Martin et al. recommend removing metal biliary stents before IRE.",
            "Martin et al. strongly recommends removal of metal biliary stents before IRE procedures.",
            "Ghidini et al. concluded that metastasectomy and ablation of liver metastasis are not recommended routinely.",
            "The review reports that patients with pacemakers may not be candidates for IRE.",
            "Huang et al. excluded tumours larger than 4 cm."})
    void acceptsAttributedNeutralWording(String text) {
        assertThat(AdviceWording.find(text)).isEmpty();
    }
}
