using System.Diagnostics;
using System.Globalization;
using Linking;

// bench/Linking: the two in-process halves of bench/linking.sh (bench/README.md, "Linking").
//   Linking plant STORE OUT_DIR [SEED]   UCDP- and GTD-format files with twins of STORE's linkable ACLED records
//   Linking check STORE PLANTED.tsv      the links STORE holds against the rule's pairs and the planted ones
var clock = Stopwatch.StartNew();
var status = args switch
{
    ["plant", var store, var dir, .. var rest] => Planter.Run(store, dir, rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 1),
    ["check", var store, var planted] => Checker.Run(store, planted),
    _ => Usage(),
};
Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Linking {args.FirstOrDefault()}: {clock.Elapsed.TotalSeconds:F1} s"));
return status;

static int Usage()
{
    Console.Error.WriteLine("usage: Linking plant STORE OUT_DIR [SEED] | Linking check STORE PLANTED.tsv");
    return 2;
}
