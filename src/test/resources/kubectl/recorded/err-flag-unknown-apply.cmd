apply --bogus
