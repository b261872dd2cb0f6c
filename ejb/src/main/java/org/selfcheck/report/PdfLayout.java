package org.selfcheck.report;

import org.selfcheck.report.pdf.ReportPdfModel;
import org.selfcheck.shared.Messages;
import org.selfcheck.shared.Quarter;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns a signed report into the PDF's model: every value and label as the reader sees it, in one language. */
final class PdfLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Quarter.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(Quarter.ZONE);

    private PdfLayout() {
    }

    /** @param regionName the name of a region code (浙江省杭州市西湖区), printed with the code the report holds */
    static ReportPdfModel model(QuarterlyReport r, ReportSummary s, Locale locale, String verificationUrl,
                                java.util.function.UnaryOperator<String> regionName) {
        Map<ReportPdfModel.Label, String> labels = new EnumMap<>(ReportPdfModel.Label.class);
        for (ReportPdfModel.Label label : ReportPdfModel.Label.values()) {
            labels.put(label, Messages.get(locale, "pdf." + label.name()));
        }
        String yes = Messages.get(locale, "yes");
        String no = Messages.get(locale, "no");
        String none = labels.get(ReportPdfModel.Label.NONE);
        java.util.function.UnaryOperator<String> text = v -> v == null || v.isBlank() ? none : v;
        var o = r.organisation();
        return new ReportPdfModel(Messages.get(locale, "pdf.title"),
                Messages.get(locale, "pdf.quarterLabel", r.quarter().substring(0, 4),
                        Messages.get(locale, "pdf.quarterNumber." + r.quarter().substring(5))),
                r.periodStart() + " – " + r.periodEnd(),
                new ReportPdfModel.Company(r.company().name(), r.company().creditCode(),
                        regionName.apply(r.company().regionCode()) + "（" + r.company().regionCode() + "）",
                        text.apply(o.principal()), text.apply(o.designatedLeader())),
                o.members().stream().map(m -> new ReportPdfModel.GroupMember(m.name(),
                        Messages.get(locale, "pdf.category." + m.category()),
                        text.apply(m.external() ? m.employer() : m.position()))).toList(),
                r.checks().stream().map(c -> new ReportPdfModel.Check(c.date(), text.apply(String.join("、", c.participants())),
                        c.principalAttended() ? yes : no, !c.lateEntry() ? null
                                : Messages.get(locale, "pdf.lateEntry", c.completedAt() == null ? ""
                                        : DAY.format(c.completedAt())))).toList(),
                quarterCheck(r, locale),
                new ReportPdfModel.Statistics(r.statistics().found(), r.statistics().remediated(),
                        r.statistics().underRemediation(), r.statistics().overdue()),
                r.hazards().stream().map(h -> new ReportPdfModel.Hazard(text.apply(h.reference()),
                        h.notSelfFound() ? h.description() + "（" + Messages.get(locale, "pdf.notSelfFound") + "）" : h.description(),
                        text.apply(h.presentState()), text.apply(h.harm()), text.apply(h.measures()),
                        new ReportPdfModel.FiveImplementations(
                                text.apply(responsibility(h.responsiblePerson(), h.responsibleBody())),
                                text.apply(h.measures()),
                                h.fundsAmount() == null ? none : h.fundsAmount().toPlainString()
                                        + (h.fundsSource() == null ? "" : "（" + h.fundsSource() + "）"),
                                h.deadline() == null ? none : h.deadline().toString(),
                                text.apply(h.contingency())),
                        Messages.get(locale, "hazard.state." + h.state()))).toList(),
                attendance(r, locale),
                new ReportPdfModel.Signature(text.apply(s.signerName()), s.signedAt() == null ? none : TIME.format(s.signedAt()),
                        text.apply(s.digest()), "v" + s.version(), verificationUrl),
                labels);
    }

    /** 责任人（责任机构）, or whichever of the two is recorded; null when neither. */
    private static String responsibility(String person, String body) {
        if (person == null) {
            return body;
        }
        return body == null ? person : person + "（" + body + "）";
    }

    /** The quarter against R3; a quarter whose only check was completed after it ended says so (逾期补录). */
    private static String quarterCheck(QuarterlyReport r, Locale locale) {
        return r.quarterCheckLate() ? Messages.get(locale, "pdf.quarterCheck.LATE")
                : Messages.get(locale, "pdf.quarterCheck." + r.quarterState());
    }

    /** The principal's attendance, and the confirmations kept but not counted because they came after the year. */
    private static String attendance(QuarterlyReport r, Locale locale) {
        String verdict = Messages.get(locale, "pdf.attendance." + r.attendance().state());
        if (r.attendance().lateChecks().isEmpty()) {
            return verdict;
        }
        return verdict + Messages.get(locale, "pdf.attendance.late",
                r.attendance().lateChecks().stream().map(Object::toString).collect(Collectors.joining("、")));
    }
}
