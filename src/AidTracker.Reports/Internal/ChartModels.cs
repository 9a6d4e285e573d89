using NodaTime;

namespace AidTracker.Reports.Internal;

/// <summary>Builds the figures of each chart from a report's data.</summary>
internal static class ChartModels
{
    public static ChartModel Build(ReportData data, ChartKind kind) =>
        kind switch
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
            XLabel =
                data.Step.IsMonth || data.Committed.Donors.Count() < 2
                    ? "End of " + data.Step.Name
                    : "End of year (each donor's fiscal year)",
            YLabel = "Running total (" + code + ")",
        };
        if (data.End is null)
        {
            model.Notes.Add("The ledger has no commitment or disbursement to draw.");
            return model;
        }

        foreach (CumulativeLine line in CumulativeLines.Build(data))
        {
            List<(LocalDate, decimal)> points = [.. line.Points.Select(p => (p.End, p.Total.Amount))];
            model.Lines.Add(new LineSeries(line.Name, points, line.Dashed));
            foreach (CumulativeLinePoint point in line.Points)
            {
                model.TableRows.Add([line.Name, point.Period, Display.Date(point.End), Display.Amount(point.Total)]);
            }
        }

        model.TableHeaders.AddRange(["Series", "Period", "To", "Running total (" + code + ")"]);
        if (!data.Step.IsMonth && data.Committed.Donors.Count() > 1)
        {
            model.Notes.Add(
                "By year: each donor's line by the donor's own fiscal year (the table gives each period's "
                    + "end), the all-donors and disbursed lines by "
                    + data.Step.Name
                    + "."
            );
        }

        if (data.Disbursed.IsEmpty)
        {
            model.Notes.Add("No disbursement is recorded.");
        }

        AddUnconvertedNote(model, data);
        return model;
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
        model.Bars.Add(
            new BarSeries(
                "Committed",
                [.. periods.Select(p => committed.TryGetValue(p, out QualifiedMoney v) ? v.Amount : (decimal?)null)]
            )
        );
        if (!data.Disbursed.IsEmpty)
        {
            model.Bars.Add(
                new BarSeries(
                    "Disbursed",
                    [.. periods.Select(p => disbursed.TryGetValue(p, out QualifiedMoney v) ? v.Amount : (decimal?)null)]
                )
            );
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
        model.TableHeaders.AddRange([
            "Donor",
            "Committed (" + code + ")",
            "Disbursed (" + code + ")",
            "Disbursed share",
        ]);
        for (int i = 0; i < data.Donors.Length; i++)
        {
            string share =
                committed[i] is QualifiedMoney c && c.Amount != 0 && disbursed[i] is QualifiedMoney d
                    ? Display.Percent(d.Amount / c.Amount).TrimStart('+')
                    : "-";
            model.TableRows.Add([
                data.Donors[i],
                committed[i] is QualifiedMoney cv ? Display.Amount(cv) : "-",
                disbursed[i] is QualifiedMoney dv ? Display.Amount(dv) : "-",
                share,
            ]);
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
            model.Notes.Add(
                Display.Plural(unconverted, "amount")
                    + " could not be converted into "
                    + data.Currency.Code
                    + ": not drawn (never as zero) and left out of these figures; they are listed under \"Not "
                    + "converted\"."
            );
        }
    }
}
