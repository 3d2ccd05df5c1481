; Inno Setup script: HIRT Desk for one Windows user, no administrator rights needed.
;
;   iscc /DAppVersion=0.2.0 packaging\windows\hirt-desk.iss     (packaging\build.py runs it)
;
; Installs the PyInstaller bundle (dist\hirt-desk) into %LOCALAPPDATA%\Programs\HIRT Desk, with
; a Start-menu entry and an uninstaller. Cases, backups and settings live elsewhere, in the
; user's data folders (%LOCALAPPDATA%\HIRT Desk, %APPDATA%\HIRT Desk): an upgrade, a reinstall
; or an uninstall never touches them.

#define AppName "HIRT Desk"
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Bundle "..\..\dist\hirt-desk"

[Setup]
AppId={{1F787F56-C190-4EAF-8C90-EF8D767E07A0}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=HIRT Desk
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=hirt-desk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\hirt-desk.ico
UninstallDisplayIcon={app}\hirt-desk.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; the previous version's program files go first, so no old module outlives an upgrade
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\hirt-desk.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\hirt-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\hirt-desk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
