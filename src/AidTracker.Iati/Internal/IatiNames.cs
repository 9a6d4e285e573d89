using System.Xml;

namespace AidTracker.Iati.Internal;

/// <summary>The element and attribute names the reader looks for, atomized in the reader's name table so that they
/// compare by reference.</summary>
internal sealed class IatiNames
{
    public IatiNames(XmlNameTable table)
    {
        IatiActivities = table.Add("iati-activities");
        IatiActivity = table.Add("iati-activity");
        IatiIdentifier = table.Add("iati-identifier");
        ReportingOrg = table.Add("reporting-org");
        RecipientCountry = table.Add("recipient-country");
        DefaultFinanceType = table.Add("default-finance-type");
        Transaction = table.Add("transaction");
        TransactionType = table.Add("transaction-type");
        TransactionDate = table.Add("transaction-date");
        Value = table.Add("value");
        ProviderOrg = table.Add("provider-org");
        ReceiverOrg = table.Add("receiver-org");
        FinanceType = table.Add("finance-type");
        Narrative = table.Add("narrative");
        Title = table.Add("title");
        Description = table.Add("description");
        Budget = table.Add("budget");
        PlannedDisbursement = table.Add("planned-disbursement");
    }

    public string IatiActivities { get; }

    public string IatiActivity { get; }

    public string IatiIdentifier { get; }

    public string ReportingOrg { get; }

    public string RecipientCountry { get; }

    public string DefaultFinanceType { get; }

    public string Transaction { get; }

    public string TransactionType { get; }

    public string TransactionDate { get; }

    public string Value { get; }

    public string ProviderOrg { get; }

    public string ReceiverOrg { get; }

    public string FinanceType { get; }

    public string Narrative { get; }

    public string Title { get; }

    public string Description { get; }

    public string Budget { get; }

    public string PlannedDisbursement { get; }
}
