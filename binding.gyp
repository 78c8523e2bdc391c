{
  "targets": [
    {
      "target_name": "grondslag_pii",
      "sources": [
        "<!@(node -p \"require('fs').readdirSync('native/pii').filter(f => f.endsWith('.cc')).map(f => 'native/pii/' + f).join(' ')\")",
        "<!@(node -p \"require('fs').readdirSync('native/pii/detectors').filter(f => f.endsWith('.cc')).map(f => 'native/pii/detectors/' + f).join(' ')\")"
      ],
      "cflags_cc": ["-O2", "-std=c++17", "-Wall", "-Wno-unused-function"],
      "cflags_cc!": ["-std=gnu++17"]
    }
  ]
}
