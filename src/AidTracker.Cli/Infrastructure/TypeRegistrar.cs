using Spectre.Console.Cli;

namespace AidTracker.Cli.Infrastructure;

/// <summary>
/// A small container for Spectre.Console.Cli: keeps every registration of a service (Spectre asks for
/// <c>IEnumerable&lt;T&gt;</c> of some), resolves the last one for a single service, and creates commands through their
/// widest constructor (commands take <see cref="CliServices"/>).
/// </summary>
internal sealed class TypeRegistrar(CliServices services) : ITypeRegistrar, ITypeResolver
{
    private readonly Dictionary<Type, List<Func<object>>> _registrations = new()
    {
        [typeof(CliServices)] = [() => services],
    };

    public ITypeResolver Build() => this;

    public void Register(Type service, Type implementation) => Add(service, () => Create(implementation));

    public void RegisterInstance(Type service, object implementation) => Add(service, () => implementation);

    public void RegisterLazy(Type service, Func<object> factory)
    {
        var lazy = new Lazy<object>(factory);
        Add(service, () => lazy.Value);
    }

    public object? Resolve(Type? type)
    {
        if (type is null)
        {
            return null;
        }

        if (_registrations.TryGetValue(type, out List<Func<object>>? factories))
        {
            return factories[^1]();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            Type element = type.GetGenericArguments()[0];
            List<Func<object>> all = _registrations.TryGetValue(element, out List<Func<object>>? found) ? found : [];
            var array = Array.CreateInstance(element, all.Count);
            for (int i = 0; i < all.Count; i++)
            {
                array.SetValue(all[i](), i);
            }

            return array;
        }

        return type.IsAbstract || type.IsInterface ? null : Create(type);
    }

    private void Add(Type service, Func<object> factory)
    {
        if (!_registrations.TryGetValue(service, out List<Func<object>>? factories))
        {
            _registrations[service] = factories = [];
        }

        factories.Add(factory);
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
