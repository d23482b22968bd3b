using System.Security.Cryptography;

namespace TradingDashboard.Security.DataProtection;

/// <summary>
/// The 32-byte key that encrypts the Data Protection key ring at rest: from <c>Security:MasterKey</c>
/// (base64) or the key file, which is created with owner-only permissions on first start.
/// </summary>
internal sealed class MasterKey
{
    public const int Size = 32;

    private readonly byte[] _bytes;

    public MasterKey(byte[] bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"The master key must be {Size} bytes.", nameof(bytes));
        }

        _bytes = bytes;
    }

    public ReadOnlySpan<byte> Bytes => _bytes;

    public static MasterKey Load(SecurityOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.MasterKey))
        {
            return FromBase64(options.MasterKey, "Security:MasterKey");
        }

        var path = Path.GetFullPath(options.MasterKeyFile, contentRoot);
        return File.Exists(path) ? FromBase64(File.ReadAllText(path), "the master key file " + path) : Create(path);
    }

    private static MasterKey Create(string path)
    {
        var bytes = RandomNumberGenerator.GetBytes(Size);
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, file);
            writer.Write(Convert.ToBase64String(bytes));
            return new MasterKey(bytes);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance created it first: use theirs.
            return FromBase64(File.ReadAllText(path), "the master key file " + path);
        }
    }

    private static MasterKey FromBase64(string text, string source)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{source} is not base64.");
        }

        return bytes.Length == Size
            ? new MasterKey(bytes)
            : throw new InvalidOperationException($"{source} must hold {Size} bytes (base64), not {bytes.Length}.");
    }
}
