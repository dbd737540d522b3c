namespace ShopAssistant.Infrastructure;

/// <summary>
/// Marks a class as part of the abstraction layer. ProviderLockin matches the attribute by name, so the application
/// declares it itself and takes no runtime dependency on the analyzer package.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly)]
public sealed class ProviderAbstractionAttribute : Attribute
{
}
