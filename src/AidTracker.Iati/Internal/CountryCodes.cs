using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace AidTracker.Iati.Internal;

/// <summary>
/// ISO 3166-1 country codes: alpha-2 (as IATI writes <c>recipient-country</c>) to alpha-3 (as the ledger names
/// countries).
/// </summary>
/// <remarks>
/// Source: ISO 3166-1, the 249 officially assigned code pairs (checked against the Debian iso-codes 4.15 table). Plus
/// one user-assigned pair that the IATI Country code list uses: <c>XK</c> (Kosovo) to <c>XKX</c>.
/// </remarks>
internal static class CountryCodes
{
    /// <summary>The number of officially assigned ISO 3166-1 codes in <see cref="Iso3166"/>.</summary>
    public const int OfficialCount = 249;

    // Each entry is the alpha-2 code followed by the alpha-3 code (ADAND = AD -> AND), sorted by alpha-2.
    private const string Iso3166 =
        "ADAND AEARE AFAFG AGATG AIAIA ALALB AMARM AOAGO AQATA ARARG ASASM ATAUT AUAUS AWABW AXALA AZAZE "
        + "BABIH BBBRB BDBGD BEBEL BFBFA BGBGR BHBHR BIBDI BJBEN BLBLM BMBMU BNBRN BOBOL BQBES BRBRA BSBHS "
        + "BTBTN BVBVT BWBWA BYBLR BZBLZ CACAN CCCCK CDCOD CFCAF CGCOG CHCHE CICIV CKCOK CLCHL CMCMR CNCHN "
        + "COCOL CRCRI CUCUB CVCPV CWCUW CXCXR CYCYP CZCZE DEDEU DJDJI DKDNK DMDMA DODOM DZDZA ECECU EEEST "
        + "EGEGY EHESH ERERI ESESP ETETH FIFIN FJFJI FKFLK FMFSM FOFRO FRFRA GAGAB GBGBR GDGRD GEGEO GFGUF "
        + "GGGGY GHGHA GIGIB GLGRL GMGMB GNGIN GPGLP GQGNQ GRGRC GSSGS GTGTM GUGUM GWGNB GYGUY HKHKG HMHMD "
        + "HNHND HRHRV HTHTI HUHUN IDIDN IEIRL ILISR IMIMN ININD IOIOT IQIRQ IRIRN ISISL ITITA JEJEY JMJAM "
        + "JOJOR JPJPN KEKEN KGKGZ KHKHM KIKIR KMCOM KNKNA KPPRK KRKOR KWKWT KYCYM KZKAZ LALAO LBLBN LCLCA "
        + "LILIE LKLKA LRLBR LSLSO LTLTU LULUX LVLVA LYLBY MAMAR MCMCO MDMDA MEMNE MFMAF MGMDG MHMHL MKMKD "
        + "MLMLI MMMMR MNMNG MOMAC MPMNP MQMTQ MRMRT MSMSR MTMLT MUMUS MVMDV MWMWI MXMEX MYMYS MZMOZ NANAM "
        + "NCNCL NENER NFNFK NGNGA NINIC NLNLD NONOR NPNPL NRNRU NUNIU NZNZL OMOMN PAPAN PEPER PFPYF PGPNG "
        + "PHPHL PKPAK PLPOL PMSPM PNPCN PRPRI PSPSE PTPRT PWPLW PYPRY QAQAT REREU ROROU RSSRB RURUS RWRWA "
        + "SASAU SBSLB SCSYC SDSDN SESWE SGSGP SHSHN SISVN SJSJM SKSVK SLSLE SMSMR SNSEN SOSOM SRSUR SSSSD "
        + "STSTP SVSLV SXSXM SYSYR SZSWZ TCTCA TDTCD TFATF TGTGO THTHA TJTJK TKTKL TLTLS TMTKM TNTUN TOTON "
        + "TRTUR TTTTO TVTUV TWTWN TZTZA UAUKR UGUGA UMUMI USUSA UYURY UZUZB VAVAT VCVCT VEVEN VGVGB VIVIR "
        + "VNVNM VUVUT WFWLF WSWSM YEYEM YTMYT ZAZAF ZMZMB ZWZWE";

    private static readonly FrozenDictionary<string, string> Alpha2ToAlpha3 = Build();

    /// <summary>Gets every alpha-2 code known here, official and user-assigned.</summary>
    public static IEnumerable<string> Alpha2Codes => Alpha2ToAlpha3.Keys;

    /// <summary>Returns the alpha-3 code for an alpha-2 code (case-insensitive, as IATI files vary), or
    /// <c>false</c>.</summary>
    public static bool TryGetAlpha3(string? alpha2, [NotNullWhen(true)] out string? alpha3)
    {
        if (alpha2 is { Length: 2 })
        {
            return Alpha2ToAlpha3.TryGetValue(alpha2, out alpha3);
        }

        alpha3 = null;
        return false;
    }

    private static FrozenDictionary<string, string> Build()
    {
        var table = new Dictionary<string, string>(OfficialCount + 1, StringComparer.OrdinalIgnoreCase);
        foreach (string entry in Iso3166.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            table.Add(entry[..2], entry[2..]);
        }

        table.Add("XK", "XKX");
        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
