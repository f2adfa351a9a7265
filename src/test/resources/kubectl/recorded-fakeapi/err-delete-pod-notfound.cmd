delete pod nosuch
