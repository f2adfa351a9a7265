delete --bogus
