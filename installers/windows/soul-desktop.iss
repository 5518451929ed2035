; Inno Setup 6 script for SOUL Desktop: a per-user install (no administrator rights), a
; start-menu entry and an uninstaller. Build the bundle first (installers/README.md), then:
;
;     iscc /DAppVersion=0.1.0 installers\windows\soul-desktop.iss
;
; which writes dist\soul-desktop-<version>-windows-setup.exe.
;
; The application keeps its data (soul.db, its backups) in the user data directory,
; %LOCALAPPDATA%\SOUL\soul-desktop, never in the installation folder: installing over an
; older version and uninstalling both leave it alone, and the next start migrates the
; database after backing it up.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\soul-desktop"
#endif
#define AppName "SOUL Desktop"
#define AppExe "soul-desktop.exe"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6C1E5B0A-3F7D-4C2E-9A41-5D0B8E7F2C13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SOUL
; Per user, without administrator rights: {autopf} is %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=soul-desktop-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
; An upgrade closes a running SOUL Desktop first (its database must not be open meanwhile).
CloseApplications=yes
RestartApplications=no

[Languages]
; Swedish first: it is the default when Windows speaks neither language.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program files wholesale, so no module of the old version lingers.
; (Program files only: the data is in the user data directory, see above.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The uninstaller is registered with Windows (Settings > Apps), as Windows asks, not in the menu.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
