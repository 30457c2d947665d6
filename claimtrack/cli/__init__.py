"""The claimtrack command line (click); built-in commands come through the plugin hook."""
