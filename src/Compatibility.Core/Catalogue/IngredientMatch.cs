namespace Compatibility.Core.Catalogue;

/// <summary>A label name resolved to a catalogue ingredient.</summary>
public sealed record IngredientMatch(Ingredient Ingredient, MatchConfidence Confidence);
