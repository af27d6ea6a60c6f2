#pragma once

namespace gb::app {

//! Process exit codes, as documented in the README.
enum ExitCode : int {
    Ok = 0,
    UsageFailure = 2,     //!< a bad flag or flag value
    BadInput = 3,         //!< a shapes or story file that cannot be used
    CannotWrite = 4,      //!< the output cannot be written (or no display/GL for rendering)
};

} // namespace gb::app
