describe service kubia-no-selector
