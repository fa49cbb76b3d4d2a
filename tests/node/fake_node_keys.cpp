#include "tests/node/fake_node_keys.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStringList>

#include <array>
#include <string_view>
#include <vector>

namespace qm::fakenode {

namespace {

// The phrase words: short common English words, lowercase a-z only. Not the
// BIP-39 list (the fake must not pretend its phrases are real ones).
constexpr auto kWords = std::to_array<std::string_view>({
    "able",  "acid",  "aged",  "also",  "area",  "army",  "away",  "baby",  "back",  "ball",  "band",  "bank",
    "base",  "bath",  "bear",  "beat",  "bell",  "belt",  "bend",  "best",  "bird",  "blow",  "blue",  "boat",
    "body",  "bone",  "book",  "boot",  "born",  "boss",  "both",  "bowl",  "bulk",  "burn",  "bush",  "busy",
    "cake",  "call",  "calm",  "camp",  "card",  "care",  "cart",  "case",  "cash",  "cast",  "cell",  "chat",
    "chef",  "chin",  "city",  "clay",  "clip",  "club",  "coal",  "coat",  "code",  "cold",  "come",  "cook",
    "cool",  "cope",  "copy",  "cord",  "core",  "cost",  "crew",  "crop",  "dark",  "data",  "date",  "dawn",
    "deal",  "dear",  "debt",  "deck",  "deep",  "deer",  "desk",  "dial",  "diet",  "dirt",  "dish",  "dock",
    "door",  "dose",  "down",  "draw",  "drop",  "drum",  "duck",  "dust",  "duty",  "earn",  "east",  "easy",
    "edge",  "else",  "even",  "ever",  "exit",  "face",  "fact",  "fair",  "fall",  "farm",  "fast",  "fate",
    "fear",  "feed",  "feel",  "file",  "film",  "find",  "fine",  "fire",  "firm",  "fish",  "five",  "flag",
    "flat",  "flow",  "foam",  "fold",  "folk",  "food",  "foot",  "fork",  "form",  "fort",  "four",  "free",
    "frog",  "fuel",  "full",  "fund",  "gain",  "game",  "gate",  "gear",  "gift",  "girl",  "give",  "glad",
    "glow",  "glue",  "goal",  "gold",  "golf",  "good",  "gown",  "grab",  "gray",  "grid",  "grin",  "grow",
    "gulf",  "hair",  "half",  "hall",  "hand",  "hang",  "hard",  "harm",  "harp",  "hawk",  "head",  "heat",
    "help",  "herb",  "hero",  "hide",  "high",  "hill",  "hint",  "hire",  "hold",  "hole",  "holy",  "home",
    "hook",  "hope",  "horn",  "host",  "hour",  "huge",  "hunt",  "idea",  "inch",  "iron",  "item",  "jazz",
    "join",  "joke",  "jump",  "jury",  "keen",  "keep",  "kick",  "kind",  "king",  "kite",  "knee",  "knot",
    "lake",  "lamp",  "land",  "lane",  "last",  "lawn",  "lead",  "leaf",  "lens",  "life",  "lift",  "like",
    "lily",  "lime",  "line",  "link",  "lion",  "list",  "load",  "loan",  "lock",  "loft",  "long",  "loop",
    "lord",  "loud",  "love",  "luck",  "lung",  "made",  "mail",  "main",  "make",  "mall",  "mark",  "mask",
    "mass",  "meal",  "meat",  "melt",  "menu",  "mesh",  "mild",  "milk",  "mind",  "mine",  "mint",  "miss",
    "mode",  "mole",  "moon",  "more",  "moss",  "most",  "moth",  "move",  "nail",  "name",  "navy",  "neck",
    "nest",  "news",  "nice",  "note",  "oak",   "oath",  "ocean", "olive", "open",  "oven",  "owl",   "pace",
});

constexpr bool lowercaseWord(std::string_view w)
{
    if (w.empty())
        return false;
    for (char c : w) {
        if (c < 'a' || c > 'z')
            return false;
    }
    return true;
}

constexpr bool wordListIsUsable()
{
    for (std::size_t i = 0; i < kWords.size(); ++i) {
        if (!lowercaseWord(kWords[i]))
            return false;
        for (std::size_t j = i + 1; j < kWords.size(); ++j) {
            if (kWords[i] == kWords[j])
                return false;
        }
    }
    return true;
}

// The contract promises at least 256 distinct lowercase words, so that a
// phrase carries at least 192 bits.
static_assert(kWords.size() >= 256, "the phrase word list needs at least 256 words");
static_assert(wordListIsUsable(), "the phrase words must be distinct and lowercase a-z");

constexpr char kBase58Alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

QByteArray sha256(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QString randomWord()
{
    const auto i = QRandomGenerator::system()->bounded(static_cast<quint32>(kWords.size()));
    return QString::fromLatin1(kWords[i].data(), static_cast<qsizetype>(kWords[i].size()));
}

} // namespace

QString base58(QByteArrayView bytes)
{
    // Repeated division of the big-endian number by 58, on base-58 digits
    // kept least significant first.
    std::vector<int> digits;
    qsizetype zeros = 0;
    while (zeros < bytes.size() && bytes[zeros] == 0)
        ++zeros;
    for (qsizetype i = zeros; i < bytes.size(); ++i) {
        int carry = static_cast<unsigned char>(bytes[i]);
        for (int& d : digits) {
            carry += d * 256;
            d = carry % 58;
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(carry % 58);
            carry /= 58;
        }
    }
    QString out(zeros, QLatin1Char('1'));
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out += QLatin1Char(kBase58Alphabet[*it]);
    return out;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    for (char& c : out)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return out;
}

QString peerIdForSecret(const QByteArray& secret)
{
    // identity multihash (0x00, length 0x24) of the protobuf PublicKey
    // {type: Ed25519 (08 01), data: 32 bytes (12 20)}.
    QByteArray multihash = QByteArray::fromHex("002408011220");
    multihash += sha256(secret);
    return base58(multihash);
}

WormholeKey wormholeKeyFor(const QString& normalisedPhrase)
{
    const QByteArray inner = sha256(normalisedPhrase.toUtf8());
    const QByteArray first = sha256(inner);
    QString address = base58(first);
    // base58 of 32 bytes is 43 or 44 characters: pad from the next digest.
    address += base58(sha256(first));
    address.truncate(47);
    return WormholeKey{QStringLiteral("qz") + address, QStringLiteral("0x") + QString::fromLatin1(inner.toHex())};
}

QString checkedPhrase(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() != kPhraseWords)
        return {};
    for (const QString& w : words) {
        for (QChar c : w) {
            if (c < QLatin1Char('a') || c > QLatin1Char('z'))
                return {};
        }
    }
    return words.join(QLatin1Char(' '));
}

QString randomPhrase()
{
    QStringList words;
    for (int i = 0; i < kPhraseWords; ++i)
        words << randomWord();
    return words.join(QLatin1Char(' '));
}

QString randomNodeName()
{
    return QStringLiteral("%1-%2-%3")
        .arg(randomWord(), randomWord())
        .arg(QRandomGenerator::global()->bounded(1000, 10000));
}

} // namespace qm::fakenode
