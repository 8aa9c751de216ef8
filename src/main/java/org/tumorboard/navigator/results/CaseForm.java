package org.tumorboard.navigator.results;

import org.tumorboard.navigator.intake.Answer;
import org.tumorboard.navigator.intake.CaseFacts;
import org.tumorboard.navigator.intake.Stage;
import org.tumorboard.navigator.intake.TumorLocation;
import org.tumorboard.navigator.intake.ChemotherapyResponse;
import org.tumorboard.navigator.intake.Differentiation;

/**
 * What the case form submits, as typed: the fields of {@link CaseFacts} under the same names. Numbers that do not
 * parse stay in the binding result (with the text that was typed) and never reach the case model; yes/no questions
 * are {@link Answer}s whose default is {@link Answer#UNKNOWN}. A mutable bean because form binding needs one.
 */
public class CaseForm {

    private String label;
    private Stage stage;
    private Integer age;
    private TumorLocation tumorLocation;
    private Double tumorSizeCm;
    private Answer pacemaker = Answer.UNKNOWN;
    private Answer metalBiliaryStent = Answer.UNKNOWN;
    private Answer surgicalClips = Answer.UNKNOWN;
    private Answer liverMetastases = Answer.UNKNOWN;
    private Answer liverDominantDisease = Answer.UNKNOWN;
    private Integer liverLesionCount;
    private Double largestLiverLesionCm;
    private ChemotherapyResponse chemotherapyResponse;
    private Answer severeChemotherapyToxicity = Answer.UNKNOWN;
    private Double ca199;
    private Answer surgicalCandidate = Answer.UNKNOWN;
    private Answer gastricOutletObstruction = Answer.UNKNOWN;
    private Answer priorResection = Answer.UNKNOWN;
    private Differentiation tumorDifferentiation;
    private Double neutrophilLymphocyteRatio;

    /** The form filled in with a case (e.g. a walkthrough's, or the one being changed). */
    public static CaseForm of(CaseFacts facts) {
        CaseForm form = new CaseForm();
        form.label = facts.label();
        form.stage = facts.stage();
        form.age = facts.age();
        form.tumorLocation = facts.tumorLocation();
        form.tumorSizeCm = facts.tumorSizeCm();
        form.pacemaker = Answer.of(facts.pacemaker());
        form.metalBiliaryStent = Answer.of(facts.metalBiliaryStent());
        form.surgicalClips = Answer.of(facts.surgicalClips());
        form.liverMetastases = Answer.of(facts.liverMetastases());
        form.liverDominantDisease = Answer.of(facts.liverDominantDisease());
        form.liverLesionCount = facts.liverLesionCount();
        form.largestLiverLesionCm = facts.largestLiverLesionCm();
        form.chemotherapyResponse = facts.chemotherapyResponse();
        form.severeChemotherapyToxicity = Answer.of(facts.severeChemotherapyToxicity());
        form.ca199 = facts.ca199();
        form.surgicalCandidate = Answer.of(facts.surgicalCandidate());
        form.gastricOutletObstruction = Answer.of(facts.gastricOutletObstruction());
        form.priorResection = Answer.of(facts.priorResection());
        form.tumorDifferentiation = facts.tumorDifferentiation();
        form.neutrophilLymphocyteRatio = facts.neutrophilLymphocyteRatio();
        return form;
    }

    /** The case model (not yet validated): unknown answers and blank fields become {@code null}. */
    public CaseFacts toCaseFacts() {
        return new CaseFacts(
                label == null || label.isBlank() ? null : label.strip(),
                stage,
                age,
                tumorLocation,
                tumorSizeCm,
                pacemaker.value(),
                metalBiliaryStent.value(),
                surgicalClips.value(),
                liverMetastases.value(),
                liverDominantDisease.value(),
                liverLesionCount,
                largestLiverLesionCm,
                chemotherapyResponse,
                severeChemotherapyToxicity.value(),
                ca199,
                surgicalCandidate.value(),
                gastricOutletObstruction.value(),
                priorResection.value(),
                tumorDifferentiation,
                neutrophilLymphocyteRatio);
    }

    private static Answer orUnknown(Answer answer) {
        return answer == null ? Answer.UNKNOWN : answer;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public TumorLocation getTumorLocation() {
        return tumorLocation;
    }

    public void setTumorLocation(TumorLocation tumorLocation) {
        this.tumorLocation = tumorLocation;
    }

    public Double getTumorSizeCm() {
        return tumorSizeCm;
    }

    public void setTumorSizeCm(Double tumorSizeCm) {
        this.tumorSizeCm = tumorSizeCm;
    }

    public Answer getPacemaker() {
        return pacemaker;
    }

    public void setPacemaker(Answer pacemaker) {
        this.pacemaker = orUnknown(pacemaker);
    }

    public Answer getMetalBiliaryStent() {
        return metalBiliaryStent;
    }

    public void setMetalBiliaryStent(Answer metalBiliaryStent) {
        this.metalBiliaryStent = orUnknown(metalBiliaryStent);
    }

    public Answer getSurgicalClips() {
        return surgicalClips;
    }

    public void setSurgicalClips(Answer surgicalClips) {
        this.surgicalClips = orUnknown(surgicalClips);
    }

    public Answer getLiverMetastases() {
        return liverMetastases;
    }

    public void setLiverMetastases(Answer liverMetastases) {
        this.liverMetastases = orUnknown(liverMetastases);
    }

    public Answer getLiverDominantDisease() {
        return liverDominantDisease;
    }

    public void setLiverDominantDisease(Answer liverDominantDisease) {
        this.liverDominantDisease = orUnknown(liverDominantDisease);
    }

    public Integer getLiverLesionCount() {
        return liverLesionCount;
    }

    public void setLiverLesionCount(Integer liverLesionCount) {
        this.liverLesionCount = liverLesionCount;
    }

    public Double getLargestLiverLesionCm() {
        return largestLiverLesionCm;
    }

    public void setLargestLiverLesionCm(Double largestLiverLesionCm) {
        this.largestLiverLesionCm = largestLiverLesionCm;
    }

    public ChemotherapyResponse getChemotherapyResponse() {
        return chemotherapyResponse;
    }

    public void setChemotherapyResponse(ChemotherapyResponse chemotherapyResponse) {
        this.chemotherapyResponse = chemotherapyResponse;
    }

    public Answer getSevereChemotherapyToxicity() {
        return severeChemotherapyToxicity;
    }

    public void setSevereChemotherapyToxicity(Answer severeChemotherapyToxicity) {
        this.severeChemotherapyToxicity = orUnknown(severeChemotherapyToxicity);
    }

    public Double getCa199() {
        return ca199;
    }

    public void setCa199(Double ca199) {
        this.ca199 = ca199;
    }

    public Answer getSurgicalCandidate() {
        return surgicalCandidate;
    }

    public void setSurgicalCandidate(Answer surgicalCandidate) {
        this.surgicalCandidate = orUnknown(surgicalCandidate);
    }

    public Answer getGastricOutletObstruction() {
        return gastricOutletObstruction;
    }

    public void setGastricOutletObstruction(Answer gastricOutletObstruction) {
        this.gastricOutletObstruction = orUnknown(gastricOutletObstruction);
    }

    public Answer getPriorResection() {
        return priorResection;
    }

    public void setPriorResection(Answer priorResection) {
        this.priorResection = orUnknown(priorResection);
    }

    public Differentiation getTumorDifferentiation() {
        return tumorDifferentiation;
    }

    public void setTumorDifferentiation(Differentiation tumorDifferentiation) {
        this.tumorDifferentiation = tumorDifferentiation;
    }

    public Double getNeutrophilLymphocyteRatio() {
        return neutrophilLymphocyteRatio;
    }

    public void setNeutrophilLymphocyteRatio(Double neutrophilLymphocyteRatio) {
        this.neutrophilLymphocyteRatio = neutrophilLymphocyteRatio;
    }
}
