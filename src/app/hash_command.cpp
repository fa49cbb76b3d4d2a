#include "app/hash_command.h"

#include "core/pow.h"
#include "core/u512.h"

namespace qm {

HashCommandResult runHashCommand(PowAlgorithm pow, const QString& miningHashText, const QString& nonceText,
                                 const std::optional<QString>& difficultyText)
{
    HashCommandResult r;
    auto fail = [&](const std::string& message) {
        r.exitCode = 2;
        r.err = QStringLiteral("quantus-miner hash: ") + QString::fromStdString(message);
        return r;
    };
    std::string error;
    MiningHash mh{};
    if (!parseHexBytes(miningHashText.toStdString(), mh.data(), mh.size(), "MINING_HASH", error))
        return fail(error);
    // A nonce is a number: 1 to 128 hex digits, so "0" and "ff" work as well as
    // the 128-digit form the node sends.
    const auto nonce = parseHexFlexible(nonceText.toStdString(), "NONCE", error);
    if (!nonce)
        return fail(error);
    std::optional<U512> difficulty;
    if (difficultyText) {
        difficulty = parseDecimal(difficultyText->toStdString(), "DIFFICULTY", error);
        if (!difficulty)
            return fail(error);
        if (difficulty->isZero())
            return fail("DIFFICULTY must be at least 1");
    }
    const U512 hash = powHashReference(pow, mh, *nonce);
    r.out = QString::fromStdString(hash.toHex128()) + QLatin1Char('\n');
    if (difficulty)
        r.out += powMeetsTarget(hash, targetForDifficulty(*difficulty)) ? QStringLiteral("valid\n")
                                                                         : QStringLiteral("invalid\n");
    return r;
}

} // namespace qm
