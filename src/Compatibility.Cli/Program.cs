using Compatibility.Cli.Commands;

// Repo tooling: `generate-catalogue` rebuilds seeds/catalogue.json; `import` loads seeds/ into Table Storage;
// `measure-recognition` reports how many label entries the analyser recognises (docs/recognition.md).
return args.FirstOrDefault() switch
{
    "generate-catalogue" => GenerateCatalogueCommand.Run(args[1..]),
    "import" => await ImportCommand.RunAsync(args[1..]),
    "measure-recognition" => MeasureRecognitionCommand.Run(args[1..]),
    "generate-common-names" => GenerateCommonNamesCommand.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: compatibility <generate-catalogue|generate-common-names|import|measure-recognition> [options]");
    return 2;
}
