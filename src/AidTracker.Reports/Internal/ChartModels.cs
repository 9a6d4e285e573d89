using AidTracker.Aggregation;
using NodaTime;

namespace AidTracker.Reports.Internal;

/// <summary>Builds the figures of each chart from a report's data.</summary>
internal static class ChartModels
{
    public static ChartModel Build(ReportData data, ChartKind kind) => kind switch
    {
        ChartKind.ByYear => ByYear(data),
        ChartKind.CommittedDisbursed => CommittedDisbursed(data),
        _ => Cumulative(data),
    };

    private static ChartModel Cumulative(ReportData data)
    {
        string code = data.Currency.Code;
        var model = new ChartModel
        {
            Kind = ChartKind.Cumulative,
            Title = "Cumulative commitments and disbursements",
            XLabel = "End of " + data.Step.Name,
            YLabel = "Running total (" + code + ")",
        };
        if (data.End is not LocalDate end)
        {
            model.Notes.Add("The ledger has no commitment or disbursement to draw.");
            return model;
        }

        LocalDate last = data.Step.StartOf(end);
        bool perDonor = data.Committed.Donors.Count() > 1;
        if (perDonor)
        {
            foreach (string donor in data.Committed.Donors)
            {
                AddLine(model, data, data.Committed.Running(data.Step, last, donor), "Committed: " + donor, dashed: false, end);
            }
        }

        AddLine(model, data, data.Committed.Running(data.Step, last), perDonor ? "Committed: all donors" : "Committed", dashed: false, end);
        AddLine(model, data, data.Disbursed.Running(data.Step, last), "Disbursed", dashed: true, end);
        model.TableHeaders.AddRange(["Series", "Period", "To", "Running total (" + code + ")"]);
        if (data.Disbursed.IsEmpty)
        {
            model.Notes.Add("No disbursement is recorded.");
        }

        AddUnconvertedNote(model, data);
        return model;
    }

    private static void AddLine(ChartModel model, ReportData data, List<(LocalDate Start, QualifiedMoney Total)> running, string name, bool dashed, LocalDate end)
    {
        if (running.Count == 0)
        {
            return;
        }

        var points = new List<(LocalDate, decimal)>(running.Count);
        foreach ((LocalDate start, QualifiedMoney total) in running)
        {
            LocalDate pointEnd = LocalDate.Min(data.Step.EndOf(start), end);
            points.Add((pointEnd, total.Amount));
            model.TableRows.Add([name, data.Step.Label(start), Display.Date(pointEnd), Display.Amount(total)]);
        }

        model.Lines.Add(new LineSeries(name, points, dashed));
    }

    private static ChartModel ByYear(ReportData data)
    {
        PeriodStep step = data.YearStep;
        string code = data.Currency.Code;
        var model = new ChartModel
        {
            Kind = ChartKind.ByYear,
            Title = "Commitments by " + step.Name,
            XLabel = step.IsMonth ? "Month" : char.ToUpperInvariant(step.Name[0]) + step.Name[1..],
            YLabel = "Committed (" + code + ")",
        };
        SortedDictionary<LocalDate, QualifiedMoney> committed = data.Committed.ByPeriod(step);
        SortedDictionary<LocalDate, QualifiedMoney> disbursed = data.Disbursed.ByPeriod(step);
        LocalDate[] periods = [.. committed.Keys.Union(disbursed.Keys).Order()];
        model.Categories.AddRange(periods.Select(step.Label));
        model.Bars.Add(new BarSeries("Committed", [.. periods.Select(p => committed.TryGetValue(p, out QualifiedMoney v) ? v.Amount : (decimal?)null)]));
        if (!data.Disbursed.IsEmpty)
        {
            model.Bars.Add(new BarSeries("Disbursed", [.. periods.Select(p => disbursed.TryGetValue(p, out QualifiedMoney v) ? v.Amount : (decimal?)null)]));
        }

        model.TableHeaders.AddRange(["Period", "Committed (" + code + ")", "Disbursed (" + code + ")"]);
        foreach (LocalDate period in periods)
        {
            model.TableRows.Add([step.Label(period), Cell(committed, period), Cell(disbursed, period)]);
        }

        if (periods.Length == 0)
        {
            model.Notes.Add("The ledger has no converted commitment or disbursement to draw.");
        }

        AddUnconvertedNote(model, data);
        return model;
    }

    private static ChartModel CommittedDisbursed(ReportData data)
    {
        string code = data.Currency.Code;
        var model = new ChartModel
        {
            Kind = ChartKind.CommittedDisbursed,
            Title = "Committed and disbursed by donor",
            XLabel = "Donor",
            YLabel = "Total (" + code + ")",
        };
        model.Categories.AddRange(data.Donors);
        QualifiedMoney?[] committed = [.. data.Donors.Select(data.Committed.DonorTotal)];
        QualifiedMoney?[] disbursed = [.. data.Donors.Select(data.Disbursed.DonorTotal)];
        model.Bars.Add(new BarSeries("Committed", [.. committed.Select(v => v?.Amount)]));
        model.Bars.Add(new BarSeries("Disbursed", [.. disbursed.Select(v => v?.Amount)]));
        model.TableHeaders.AddRange(["Donor", "Committed (" + code + ")", "Disbursed (" + code + ")", "Disbursed share"]);
        for (int i = 0; i < data.Donors.Length; i++)
        {
            string share = committed[i] is QualifiedMoney c && c.Amount != 0 && disbursed[i] is QualifiedMoney d
                ? Display.Percent(d.Amount / c.Amount).TrimStart('+')
                : "-";
            model.TableRows.Add([data.Donors[i], committed[i] is QualifiedMoney cv ? Display.Amount(cv) : "-", disbursed[i] is QualifiedMoney dv ? Display.Amount(dv) : "-", share]);
        }

        if (data.Donors.IsEmpty)
        {
            model.Notes.Add("The ledger has no commitment or disbursement to draw.");
        }

        AddUnconvertedNote(model, data);
        return model;
    }

    private static string Cell(SortedDictionary<LocalDate, QualifiedMoney> totals, LocalDate period) =>
        totals.TryGetValue(period, out QualifiedMoney value) ? Display.Amount(value) : "-";

    private static void AddUnconvertedNote(ChartModel model, ReportData data)
    {
        int unconverted = data.Committed.Unconverted + data.Disbursed.Unconverted;
        if (unconverted > 0)
        {
            model.Notes.Add(Display.Plural(unconverted, "amount") + " could not be converted into " + data.Currency.Code
                + ": not drawn (never as zero) and left out of these figures; they are listed under \"Not converted\".");
        }
    }
}
