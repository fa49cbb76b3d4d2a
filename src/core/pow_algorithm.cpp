#include "core/pow_algorithm.h"

#include <algorithm>
#include <cctype>

namespace qm {

std::string powAlgorithmName(PowAlgorithm pow)
{
    switch (pow) {
    case PowAlgorithm::QPowV1:
        return "v1";
    case PowAlgorithm::QPowV2:
        return "v2";
    }
    return "v1";
}

std::vector<PowAlgorithm> allPowAlgorithms()
{
    return {PowAlgorithm::QPowV1, PowAlgorithm::QPowV2};
}

std::optional<PowAlgorithm> parsePowAlgorithm(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower.rfind("qpow-", 0) == 0)
        lower.erase(0, 5);
    for (PowAlgorithm pow : allPowAlgorithms()) {
        if (lower == powAlgorithmName(pow))
            return pow;
    }
    return std::nullopt;
}

} // namespace qm
