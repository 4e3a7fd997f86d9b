#include <EveSso/JwtError.h>

namespace EveSso {

const char *JwtError::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::None: return "None";
    case Reason::Malformed: return "Malformed";
    case Reason::UnsupportedAlgorithm: return "UnsupportedAlgorithm";
    case Reason::UnknownKey: return "UnknownKey";
    case Reason::BadSignature: return "BadSignature";
    case Reason::Expired: return "Expired";
    case Reason::WrongIssuer: return "WrongIssuer";
    case Reason::WrongAudience: return "WrongAudience";
    case Reason::WrongSubject: return "WrongSubject";
    case Reason::WrongAuthorizedParty: return "WrongAuthorizedParty";
    case Reason::TooLarge: return "TooLarge";
    case Reason::KeysUnavailable: return "KeysUnavailable";
    case Reason::NotYetValid: return "NotYetValid";
    }
    return "Unknown";
}

} // namespace EveSso
