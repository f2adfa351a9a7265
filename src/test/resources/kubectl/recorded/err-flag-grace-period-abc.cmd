delete pod --grace-period=abc x
