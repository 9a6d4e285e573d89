using Spectre.Console.Cli;

namespace AidTracker.Cli.Infrastructure;

/// <summary>A minimal registrar: commands take <see cref="CliServices"/> in their constructor.</summary>
internal sealed class TypeRegistrar(CliServices services) : ITypeRegistrar, ITypeResolver
{
    private readonly Dictionary<Type, Func<object>> _factories = new() { [typeof(CliServices)] = () => services };

    public ITypeResolver Build() => this;

    public void Register(Type service, Type implementation) => _factories[service] = () => Create(implementation);

    public void RegisterInstance(Type service, object implementation) => _factories[service] = () => implementation;

    public void RegisterLazy(Type service, Func<object> factory) => _factories[service] = factory;

    public object? Resolve(Type? type)
    {
        if (type is null)
        {
            return null;
        }

        return _factories.TryGetValue(type, out Func<object>? factory) ? factory() : Create(type);
    }

    private object Create(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null)
        {
            return Activator.CreateInstance(type)!;
        }

        object?[] arguments = constructor.GetParameters().Select(p => Resolve(p.ParameterType)).ToArray();
        return constructor.Invoke(arguments);
    }
}
