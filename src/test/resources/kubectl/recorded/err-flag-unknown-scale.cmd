scale --bogus
